"""A large practice is judged in steps: each caseload read judges up to a budget of sessions more, a client
longer than the whole budget alone, until every client is judged."""

from __future__ import annotations

import datetime as dt

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services import clients, sessions
from alliance.services.caseload import caseload_view
from alliance.store.vault import Vault


def test_each_step_judges_more_until_every_client_is_judged(vault: Vault) -> None:
    for code, n in (("A-1", 3), ("B-2", 7), ("C-3", 2)):
        cid = clients.add_client(vault, ClientDraft(code=code)).id
        with vault.work.transaction():
            for i in range(n):
                sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2025, 1, 6) + dt.timedelta(
                    weeks=i), ratings=Ratings(7, 7, 7, 7)))
    first = caseload_view(vault, judge_at_most=0)
    assert not first.complete and not any(r.judged for r in first.rows)
    judged: list[int] = []
    steps = 0
    view = first
    while not view.complete:
        view = caseload_view(vault, judge_at_most=4)
        steps += 1
        now = sum(r.judged for r in view.rows)
        assert now > (judged[-1] if judged else 0), "every step moves on"
        judged.append(now)
        assert steps <= 3
    assert judged[-1] == 3 and all(r.judged for r in view.rows)
