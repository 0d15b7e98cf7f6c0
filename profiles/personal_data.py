"""The profile's part of the participant's data download."""

from typing import Any

from registration.personal_data import serialize

from .models import Profile


def personal_data(*, user) -> dict[str, Any]:
    profile = (
        Profile.objects.prefetch_related("skills", "sectors", "pitch_versions", "packet_views")
        .select_related("video")
        .filter(user=user)
        .first()
    )
    if profile is None:
        return {"professional_profile": None}
    video = getattr(profile, "video", None) if hasattr(profile, "video") else None
    return {
        "professional_profile": {
            **serialize(profile, skip=("id", "user", "ready_by")),
            "skills": sorted(skill.name for skill in profile.skills.all()),
            "pitch_versions": [
                serialize(version, skip=("id", "profile"))
                for version in profile.pitch_versions.all()
            ],
            "video": (
                {
                    "file": bool(video.file),
                    "content_type": video.content_type,
                    "size": video.size,
                    "external_url": video.external_url,
                    "updated_at": video.updated_at,
                }
                if video
                else None
            ),
            "packet_views": [
                {"organisation": view.organisation, "viewed_at": view.viewed_at}
                for view in profile.packet_views.all()
            ],
            "advisor_comments": [
                serialize(comment, skip=("id", "profile")) for comment in profile.comments.all()
            ],
        }
    }
