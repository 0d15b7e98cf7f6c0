"""The names of the staff groups the project creates, in one place.

Code looks groups up by these names; a data migration that renames a group changes the value here
in the same commit (registration/migrations/0009_french_staff_group_names.py gave them their
French names: CCMM staff use the admin in French).
"""

EDITORS = "Rédacteurs"
MODERATORS = "Modérateurs"
ADVISORS = "Conseillers"
