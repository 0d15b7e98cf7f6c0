from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "progress"

urlpatterns = [
    path(_("module-completion/"), views.module_completion, name="module_completion"),
]
