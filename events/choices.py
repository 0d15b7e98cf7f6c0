"""The choices of the events app. Stored values are stable English slugs; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    WELCOME_SESSION = "welcome_session", _("Welcome session")
    SECTOR_ACTIVITY = "sector_activity", _("Sector activity")
    RECRUITMENT_EVENT = "recruitment_event", _("Recruitment event")


# The step of the path each kind of event belongs to.
STEP_OF_KIND = {
    EventKind.WELCOME_SESSION: 1,
    EventKind.SECTOR_ACTIVITY: 2,
    EventKind.RECRUITMENT_EVENT: 3,
}


class RecruitmentFormat(models.TextChoices):
    SPEED_INTERVIEWS = "speed_interviews", _("Speed interviews")
    VIRTUAL_FAIR = "virtual_fair", _("Virtual job fair")


class Attendance(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")


class WhoMaySignUp(models.TextChoices):
    REGISTERED = "registered", _("Every registered participant")
    READY = "ready", _("Only participants ready for recruitment events")
    INVITATION = "invitation", _("On invitation only")


class SignUpStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class HostRole(models.TextChoices):
    SECTOR_REPRESENTATIVE = "sector_representative", _("Sector representative")
    HR_PROFESSIONAL = "hr_professional", _("HR professional")
    EMPLOYER = "employer", _("Employer")
    ADVISOR = "advisor", _("Program advisor")
