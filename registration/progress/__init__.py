"""Module completion and learner progress: what a participant has done, and reports for staff."""
