"""The profiles app's demo: two invented participants with complete profiles and packets.

Their accounts have no usable password (nobody can log in as them): advisors see them in the
admin (Participants › inspect), with the profile, pitch, video, comments and the "ready" mark.
Loading again changes nothing.
"""

import datetime
from pathlib import Path

from allauth.account.models import EmailAddress
from django.core.files import File
from django.utils import timezone
from wagtail.models import Page

from home.demo_loader import read
from profiles import services
from profiles.models import AdvisorComment, PacketView
from progress.models import ModuleCompletion
from registration.choices import PipelineStatus
from registration.models import Registration, RegistrationStatusChange, User
from sectors.models import SectorBriefingPage
from training.models import ModulePage

DEMO = Path(__file__).resolve().parent
SAMPLE_VIDEO = DEMO.parent.parent / "training" / "demo_media" / "tournage-essentiel.webm"


def load_participant(data: dict) -> None:
    if User.objects.filter(email__iexact=data["email"]).exists():
        return
    user = User.objects.create_user(
        email=data["email"], first_name=data["first_name"], last_name=data["last_name"]
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    registration = Registration.objects.create(
        user=user,
        preferred_language=data["preferred_language"],
        consented_at=timezone.now(),
        consent_language=data["preferred_language"],
        privacy_notice_version="demo",
        status=PipelineStatus.IN_PATH,
        **data["registration"],
    )
    registration.sectors.set(
        SectorBriefingPage.objects.filter(locale__language_code="fr", slug__in=data["sectors"])
    )
    RegistrationStatusChange.objects.create(
        registration=registration, from_status="", to_status=PipelineStatus.NEW
    )
    RegistrationStatusChange.objects.create(
        registration=registration, from_status=PipelineStatus.NEW, to_status=PipelineStatus.IN_PATH
    )
    modules = ModulePage.objects.filter(locale__language_code="fr").live().order_by("path")
    for module in modules:
        ModuleCompletion.objects.get_or_create(user=user, module_key=module.translation_key)

    fields = dict(data["profile"])
    skills = fields.pop("skills")
    pitch = fields.pop("pitch")
    first_pitch = fields.pop("first_pitch", None)
    comments = fields.pop("comments")
    views = fields.pop("views")
    if isinstance(fields.get("available_from"), str):
        fields["available_from"] = datetime.date.fromisoformat(fields["available_from"])
    profile = services.get_or_create_profile(user=user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save()
    services.set_skills(profile=profile, names=skills)
    if first_pitch:
        services.save_pitch(profile=profile, parts=first_pitch)
    services.save_pitch(profile=profile, parts=pitch)
    with SAMPLE_VIDEO.open("rb") as video:
        services.save_uploaded_video(
            profile=profile,
            upload=File(video, name="demo.webm"),
            content_type="video/webm",
            extension="webm",
        )
    for comment in comments:
        AdvisorComment.objects.create(profile=profile, part=comment["part"], text=comment["text"])
    for organisation in views:
        PacketView.objects.create(profile=profile, organisation=organisation)
    if data["status"] == PipelineStatus.READY:
        profile.ready_at = timezone.now()
        profile.save(update_fields=["ready_at"])
        RegistrationStatusChange.objects.create(
            registration=registration,
            from_status=PipelineStatus.IN_PATH,
            to_status=PipelineStatus.READY,
        )
        Registration.objects.filter(pk=registration.pk).update(status=PipelineStatus.READY)


def after_pages(pages: list[Page]) -> None:
    for participant in read(DEMO / "participants.yaml"):
        load_participant(participant)
