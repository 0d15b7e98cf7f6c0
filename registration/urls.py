from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import account_views

app_name = "registration"

urlpatterns = [
    path(_("my-path/"), account_views.my_path, name="my_path"),
    path(_("my-path/profile/"), account_views.edit_profile, name="edit_profile"),
    path(_("my-path/my-data/"), account_views.download_my_data, name="download_my_data"),
    path(_("my-path/delete-account/"), account_views.delete_account, name="delete_account"),
]
