from django.urls import path
from django.utils.translation import gettext_lazy as _

from registration.progress import views as progress_views

app_name = "registration"

urlpatterns = [
    path(
        _("module-completion/"),
        progress_views.module_completion,
        name="module_completion",
    ),
    path(_("my-path/"), progress_views.my_path, name="my_path"),
    path(_("my-path/profile/"), progress_views.edit_profile, name="edit_profile"),
    path(_("my-path/my-data/"), progress_views.download_my_data, name="download_my_data"),
    path(_("my-path/delete-account/"), progress_views.delete_account, name="delete_account"),
]
