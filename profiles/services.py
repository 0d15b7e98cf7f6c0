"""Writes: the profile (pre-filled from the intake), the pitch and its versions, the video,
sharing with employers, advisors' comments and the "ready" mark."""

import datetime
import logging
import re
import uuid
from functools import partial

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from home.emails import send_templated_email
from home.links import absolute_url
from registration.choices import PipelineStatus
from registration.models import Registration, User
from registration.selectors import preferred_language
from registration.services import move_registration

from .choices import PITCH_FIELDS
from .models import AdvisorComment, PacketView, PitchVersion, Profile, Skill, VideoApplication

logger = logging.getLogger(__name__)

MAX_SKILLS = 50
MAX_SKILL_LENGTH = 60
# Autosaves keep at most one version per participant in this time; an explicit save always does.
AUTOSAVE_VERSION_INTERVAL = datetime.timedelta(minutes=10)


def get_or_create_profile(*, user: User) -> Profile:
    """The participant's profile; the first time, filled from their intake answers."""
    profile = Profile.objects.filter(user=user).first()
    if profile is not None:
        return profile
    registration = Registration.objects.filter(user=user).first()
    with transaction.atomic():
        profile, created = Profile.objects.get_or_create(user=user)
        if created and registration is not None:
            for name in (
                "years_of_experience",
                "education_level",
                "education_place",
                "french_level",
                "english_level",
            ):
                setattr(profile, name, getattr(registration, name))
            profile.target_occupations = registration.field_of_experience
            # The questionnaire's optional "share my profile with employers" is this consent:
            # not asked twice, and changed from then on on the packet page.
            profile.shares_with_employers = registration.shares_profile_with_employers
            profile.sharing_changed_at = registration.consented_at
            profile.save()
            profile.sectors.set(registration.sectors.all())
    return profile


def normalise_skill(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()[:MAX_SKILL_LENGTH]


def set_skills(*, profile: Profile, names: list[str]) -> None:
    """Keep each skill once whatever its case, under the spelling first used on the site."""
    wanted: dict[str, str] = {}
    for name in names:
        name = normalise_skill(name)
        if name and name.casefold() not in wanted:
            wanted[name.casefold()] = name
    skills = []
    for key, name in list(wanted.items())[:MAX_SKILLS]:
        skill = Skill.objects.filter(name__iexact=key).order_by("pk").first()
        if skill is None:
            slug = slugify(name) or "skill"
            candidate, suffix = slug, 1
            while Skill.objects.filter(slug=candidate).exists():
                suffix += 1
                candidate = f"{slug}-{suffix}"
            skill = Skill.objects.create(name=name, slug=candidate)
        skills.append(skill)
    profile.skills.set(skills, clear=True)


def _changed(profile: Profile, parts: dict[str, str]) -> bool:
    return any(getattr(profile, f"pitch_{name}") != parts.get(name, "") for name in PITCH_FIELDS)


def save_pitch(*, profile: Profile, parts: dict[str, str], autosave: bool = False) -> bool:
    """Save the five parts; keep a version of the new text. Returns True when something changed.

    An explicit save keeps a version each time the text changes; autosaves (as the person types)
    keep at most one every ``AUTOSAVE_VERSION_INTERVAL``, updating the latest one in between.
    """
    if not _changed(profile, parts):
        return False
    now = timezone.now()
    with transaction.atomic():
        for name in PITCH_FIELDS:
            setattr(profile, f"pitch_{name}", parts.get(name, ""))
        profile.pitch_updated_at = now
        profile.save(update_fields=[*(f"pitch_{n}" for n in PITCH_FIELDS), "pitch_updated_at"])
        latest = profile.pitch_versions.order_by("-created_at", "-pk").first()
        if autosave and latest is not None and now - latest.created_at < AUTOSAVE_VERSION_INTERVAL:
            for name in PITCH_FIELDS:
                setattr(latest, name, parts.get(name, ""))
            latest.save()
        else:
            PitchVersion.objects.create(
                profile=profile, **{name: parts.get(name, "") for name in PITCH_FIELDS}
            )
    return True


def restore_pitch_version(*, profile: Profile, version: PitchVersion) -> None:
    """Bring an earlier version back as the current pitch (kept as a new version too)."""
    assert version.profile_id == profile.pk
    save_pitch(profile=profile, parts=version.parts())


def _delete_file(storage, name: str) -> None:
    try:
        storage.delete(name)
    except OSError as error:
        logger.warning("Video file not deleted (%s)", type(error).__name__)


def _replace_video(*, profile: Profile, **fields) -> VideoApplication:
    """Update the participant's one video row under a lock on their profile (two uploads at once
    do not both create one); the file it held before goes once this is committed."""
    with transaction.atomic():
        Profile.objects.select_for_update().filter(pk=profile.pk).first()
        video = VideoApplication.objects.filter(profile=profile).first() or VideoApplication(
            profile=profile
        )
        old_name = video.file.name if video.file else ""
        storage = video.file.storage
        for name, value in fields.items():
            if name == "file_name":
                video.file.name = value
            else:
                setattr(video, name, value)
        video.save()
        if old_name and old_name != video.file.name:
            transaction.on_commit(partial(_delete_file, storage, old_name))
    return video


def save_uploaded_video(
    *, profile: Profile, upload: UploadedFile, content_type: str, extension: str
) -> VideoApplication:
    """Store the file (moved or streamed by the storage, chunk by chunk, never read whole), then
    point the participant's video at it. If saving the row fails, the new file is deleted: there
    is never a file without its row."""
    storage = VideoApplication._meta.get_field("file").storage
    new_name = storage.save(f"videos/{uuid.uuid4()}.{extension}", upload)
    try:
        return _replace_video(
            profile=profile,
            file_name=new_name,
            content_type=content_type,
            size=upload.size,
            external_url="",
        )
    except Exception:
        _delete_file(storage, new_name)
        raise


def set_external_video(*, profile: Profile, url: str) -> VideoApplication:
    return _replace_video(
        profile=profile, file_name="", content_type="", size=None, external_url=url
    )


def delete_video(*, profile: Profile) -> None:
    """Delete the video and its file (the file goes once the deletion is committed)."""
    VideoApplication.objects.filter(profile=profile).delete()


def set_sharing(*, profile: Profile, share: bool) -> None:
    """Share the packet with the employers of the participant's events, or stop at once. The
    registration's consent (what advisors see and export) follows."""
    with transaction.atomic():
        Profile.objects.filter(pk=profile.pk).update(
            shares_with_employers=share, sharing_changed_at=timezone.now()
        )
        Registration.objects.filter(user_id=profile.user_id).update(
            shares_profile_with_employers=share
        )
    profile.shares_with_employers = share


def open_packet(*, viewer: User, profile: Profile, organisation: str = "") -> Profile:
    """What an employer's view of a packet calls first: refused unless ``can_view_packet``; an
    employer's opening is logged (the participant sees it), the owner's and advisors' are not."""
    from django.core.exceptions import PermissionDenied

    from .selectors import can_view_packet, is_advisor

    if not can_view_packet(viewer, profile):
        raise PermissionDenied
    if viewer.pk != profile.user_id and not is_advisor(viewer):
        record_packet_view(profile=profile, viewer=viewer, organisation=organisation)
    return profile


def record_packet_view(
    *, profile: Profile, viewer: User | None, organisation: str = ""
) -> PacketView:
    return PacketView.objects.create(profile=profile, viewer=viewer, organisation=organisation)


def add_comment(*, profile: Profile, part: str, author: User | None, text: str) -> AdvisorComment:
    """Save an advisor's comment and tell the participant, in their preferred language."""
    comment = AdvisorComment.objects.create(
        profile=profile, part=part, author=author, text=text.strip()
    )
    language = preferred_language(profile.user, default="fr")
    transaction.on_commit(partial(_send_comment_email, comment=comment, language=language))
    return comment


def _send_comment_email(*, comment: AdvisorComment, language: str) -> None:
    user = comment.profile.user
    with translation.override(language):
        link = absolute_url(reverse("registration:my_path"))
    try:
        send_templated_email(
            "profiles/emails/advisor_comment",
            to=[user.email],
            context={"comment": comment, "part": comment.get_part_display, "link": link},
            language=language,
        )
    except Exception as error:  # noqa: BLE001 - the comment is saved; a mail failure is logged
        logger.warning(
            "Comment e-mail for profile %s not sent (%s)", comment.profile_id, type(error).__name__
        )


def mark_ready(*, profile: Profile, by: User) -> None:
    """The advisor's "ready for employers": recorded on the profile and in the pipeline."""
    with transaction.atomic():
        Profile.objects.filter(pk=profile.pk).update(ready_at=timezone.now(), ready_by=by)
        registration = Registration.objects.filter(user_id=profile.user_id).first()
        if registration is not None:
            move_registration(registration=registration, to_status=PipelineStatus.READY, by=by)
    profile.refresh_from_db(fields=["ready_at", "ready_by"])
