"""Module completion and learner progress: what a participant has done, and reports for staff.

Above registration in the dependency order (progress → registration → training): it fills
registration's extension points (My path sections, personal data, the inspect panel) with hooks.
"""
