"""Reminders and scheduled bulletins: work out what the rules ask for, queue it, deliver it."""
