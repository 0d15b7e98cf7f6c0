from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "profiles"

urlpatterns = [
    path(_("my-path/professional-profile/"), views.edit_profile, name="edit_profile"),
    path(_("my-path/pitch/"), views.pitch, name="pitch"),
    path(_("my-path/pitch/autosave/"), views.pitch_autosave, name="pitch_autosave"),
    path(_("my-path/pitch/restore/"), views.restore_pitch, name="restore_pitch"),
    path(_("my-path/pitch/print/"), views.pitch_print, name="pitch_print"),
    path(_("my-path/video/"), views.video, name="video"),
    path(_("my-path/video/delete/"), views.delete_video, name="delete_video"),
    path(_("my-path/packet/"), views.packet_preview, name="packet"),
    path(_("my-path/packet/sharing/"), views.sharing, name="sharing"),
    path(_("videos/<uuid:token>/"), views.serve_video, name="serve_video"),
]
