"""Staff settings and audit in chat: one's own language, time zone and digest time; admins manage staff, roles and
teams (/staff and the command line's `staff`); "who changed Maria's phone?" asks which Maria and lists every change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

import run_bot
from storage.models import Staff, Team
from tests.support import Chat


def _staff(chat: Chat, handle: str) -> Staff:
    with chat.app.services.session() as session:
        return session.exec(select(Staff).where(Staff.handle == handle)).one()


async def test_own_language_time_zone_and_digest_time(ana: Chat) -> None:
    english = (await ana.say("my language is English"))[0]
    assert english.text == "Done: I'll write to you in English from now on."
    zone = (await ana.say("my timezone is America/New_York"))[0]
    assert zone.text.startswith("Done: your time zone is America/New_York")
    digest = (await ana.say("send my digest at 7:30"))[0]
    assert digest.text == "Done: your daily digest comes at 07:30."
    member = _staff(ana, "ana")
    assert (member.language, member.tz, member.digest_time) == ("en", "America/New_York", "07:30")
    back = (await ana.say("a minha língua é português"))[0]
    assert back.text == "Feito: a partir de agora escrevo-lhe em português."
    await ana.say("undo")
    assert _staff(ana, "ana").language == "en"


async def test_admins_manage_staff_in_chat(boss: Chat, ana: Chat) -> None:
    listing = (await boss.say("/staff"))[0].text
    assert "• ana — Ana Costa, rep" in listing and "• boss — Boss, admin" in listing
    assert (await boss.say("/staff add zoe rep"))[0].text.startswith("Added zoe as rep.")
    assert (await boss.say("/staff team zoe north"))[0].text == "zoe is now in team north."
    assert (await boss.say("/staff role zoe manager"))[0].text == "zoe is now manager."
    last = (await boss.say("/staff deactivate boss"))[0].text
    assert last == "That is the last admin; make someone else admin first. Nothing was saved."
    zoe = _staff(boss, "zoe")
    with boss.app.services.session() as session:
        team = session.get(Team, zoe.team_id)
        assert team is not None and team.name == "north"
    assert zoe.role == "manager"
    refused = (await ana.say("/staff role zoe admin"))[0].text
    assert refused == "Só um administrador pode gerir a equipa."


def test_staff_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run_bot.main(["staff", "add", "zoe", "rep", "--db", db, "--as", "boss"]) == 0
    assert run_bot.main(["staff", "team", "zoe", "north", "--db", db, "--as", "boss"]) == 0
    assert run_bot.main(["staff", "--db", db, "--as", "boss"]) == 0
    out = capsys.readouterr().out
    assert "zoe\tZoe\trep, team north\ten\tUTC" in out
    assert run_bot.main(["staff", "role", "boss", "rep", "--db", db, "--as", "zoe"]) == 1
    assert capsys.readouterr().err.strip() == "error: only an admin can manage staff"


async def test_who_changed_asks_which_and_lists_every_change(boss: Chat, ana: Chat) -> None:
    await boss.say("Maria Silva's new number is +351 911 111 111")
    boss.clock.advance(hours=2)
    await ana.say("Maria Silva's mobile is +351 922 222 222")
    question = (await boss.say("who changed Maria's phone?"))[0]
    assert question.text.startswith('Which "Maria" do you mean?') and len(question.buttons) == 4
    answer = (await boss.click(question.buttons[0]))[0]
    lines = answer.text.splitlines()
    assert lines[0] == "2 changes to Maria Silva's phone, oldest first:"
    assert lines[1].startswith("• today 10:00 — Boss: +351") and lines[1].endswith("→ +351911111111")
    assert lines[2] == "• today 12:00 — Ana Costa: added +351922222222"
    pt = (await ana.say("quem alterou o telefone da Maria Silva?"))[0]
    assert pt.text.startswith("2 alterações ao campo telefone de Maria Silva")
