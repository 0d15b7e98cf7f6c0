"""django-allauth's account pages in the site's words (see "Glossary" in the README).

allauth's own catalogues say « adresse e-mail » and use Title Case in English; the project
catalogue (LOCALE_PATHS) takes precedence over theirs, so listing those msgids here puts them in
``locale/`` where they are translated with « courriel » and sentence case. Nothing imports this
module: it only feeds ``make messages``.
"""

from django.utils.translation import gettext_noop

ALLAUTH_MSGIDS = (
    gettext_noop("Email address"),
    gettext_noop("Email Address"),
    gettext_noop("Email"),
    gettext_noop("Password Reset"),
    gettext_noop(
        "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it."
    ),
    gettext_noop("Reset My Password"),
    gettext_noop(
        "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact us if you do not receive it in a few minutes."
    ),
    gettext_noop("Change Password"),
    gettext_noop("Current Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("Email Addresses"),
    gettext_noop("Add Email Address"),
    gettext_noop("Add Email"),
    gettext_noop("Make Primary"),
    gettext_noop("Re-send Verification"),
    gettext_noop("The following email addresses are associated with your account:"),
    gettext_noop("Do you really want to remove the selected email address?"),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("Confirmation email sent to %(email)s."),
    gettext_noop("Successfully signed in as %(name)s."),
    gettext_noop("You have signed out."),
    gettext_noop("Are you sure you want to sign out?"),
    gettext_noop("Sign Out"),
    gettext_noop("Verify Your Email Address"),
    gettext_noop(
        "We have sent an email to you for verification. Follow the link provided to finalize the signup process. If you do not see the verification email in your main inbox, check your spam folder. Please contact us if you do not receive the verification email within a few minutes."
    ),
    gettext_noop("Bad Token"),
    gettext_noop("Remember Me"),
    gettext_noop("Primary email address set."),
    gettext_noop("Removed email address %(email)s."),
    gettext_noop("Your primary email address must be verified."),
    gettext_noop("You cannot remove your primary email address (%(email)s)."),
)
