"""Profiles in registration's extension points (My path, personal data, the inspect panel) and
the advisors' admin URLs."""

from django.urls import include, path
from wagtail import hooks

from registration.choices import PipelineStatus
from registration.my_path import MyPathSection

from . import admin_views, personal_data, selectors
from .models import Profile


@hooks.register("register_admin_urls")
def register_profiles_admin_urls():
    return [
        path(
            "profiles/",
            include((admin_views.admin_urls(), "profiles_admin"), namespace="profiles_admin"),
        )
    ]


@hooks.register("registration_inspect_panels")
def professional_profile_panel(*, registration, request):
    return admin_views.profile_panel(registration=registration, request=request)


@hooks.register("registration_my_path_sections")
def profile_section(*, user, request) -> MyPathSection | None:
    """Profile, pitch, video and packet, in the second step: what the participant prepares for
    the events. The section is unfinished until an advisor says the participant is ready: by the
    profile's "ready for employers" mark, or by moving the registration to ready (or employed)
    in the pipeline. Until then step 2 stays under way, whatever events were attended."""
    registration = selectors.registration_of(user)
    if registration is None:
        return None
    profile = selectors.profile_for(user=user)
    judged_ready = bool(profile and profile.ready_at) or registration.status in (
        PipelineStatus.READY,
        PipelineStatus.EMPLOYED,
    )
    return MyPathSection(
        template="profiles/my_path_section.html",
        context={
            "profile": profile,
            "video": selectors.video_of(profile) if profile else None,
            "comments": list(profile.comments.all()) if profile else [],
        },
        order=20,
        step=2,
        unfinished=not judged_ready,
    )


@hooks.register("registration_personal_data")
def professional_profile_data(*, user):
    return personal_data.personal_data(user=user)


@hooks.register("registration_anonymise")
def erase_professional_profile(*, user):
    """Retention (Law 25 s. 23): the profile is the person's own words and video, not a count the
    reports need; it goes whole, the video file once the anonymisation is committed."""
    Profile.objects.filter(user=user).delete()
