"""Client mode: the computer handed to the client for a check-in.

    handover_dialog   the therapist picks the questionnaires and may predict the answers (before handing over)
    client_window     the full-screen pages the client answers on: nothing else of the vault is reachable
    question_page     one question, its answers as large buttons, "Prefer not to answer", "Not today"
    guard             every escape attempt (close, focus to another application, idle) locks the vault
    reveal_dialog     after the hand-back and unlock: the client's answers beside the prediction, and the gap
"""
