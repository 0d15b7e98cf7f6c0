"""The registration app's models, one module per concern."""

from .accounts import EmailUserManager, User
from .intake_page import RegistrationPage
from .intake_settings import IntakeSettings, PartnerOrganization
from .registrations import AdvisorNote, IneligibleAttempt, Registration, RegistrationStatusChange

__all__ = [
    "AdvisorNote",
    "EmailUserManager",
    "IneligibleAttempt",
    "IntakeSettings",
    "PartnerOrganization",
    "Registration",
    "RegistrationPage",
    "RegistrationStatusChange",
    "User",
]
