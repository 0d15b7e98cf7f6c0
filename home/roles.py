"""The names of the staff groups the project creates, in one place.

Code looks groups up by these names; a data migration that renames a group changes the value here
in the same commit.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
ADVISORS = "Advisors"
