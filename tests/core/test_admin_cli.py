"""The administrator's commands: exit codes, one-line Chinese errors on stderr."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.cli.admin import PASSWORD_ENV
from xinxiang_arbitration.storage.db import open_database

ADMIN_PW = "admin password 1"


def _run(
    url: URL | str,
    *argv: str,
    stdin: str = "",
    password: str | None = None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    if password is None:
        monkeypatch.delenv(PASSWORD_ENV, raising=False)
    else:
        monkeypatch.setenv(PASSWORD_ENV, password)
    db_arg = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
    try:
        code = cli.main(["--db", db_arg, *argv])
    except SystemExit as usage:  # argparse: a usage mistake
        code = int(usage.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def server(db_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> URL:
    code, out, err = _run(
        db_url, "init-server", "--admin", "admin", "--name", "王管理",
        stdin=ADMIN_PW + "\n", monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "已创建第一位管理员：admin（王管理）" in out
    return db_url


def test_init_server_prints_what_it_must_do(
    db_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        db_url, "init-server", "--admin", "admin", stdin=ADMIN_PW + "\n",
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 0
    if db_url.get_backend_name() == "postgresql":
        each_pc = "postgresql+psycopg://xinxiang_app:（密码）@（服务器的局域网 IP 地址）:5432/"
        for needed in ("CREATE ROLE xinxiang_app LOGIN PASSWORD", "pg_hba.conf", "5432", each_pc):
            assert needed in out
    else:
        assert "无需服务器设置" in out
    # a second run creates no second administrator and still succeeds
    code, out, _ = _run(
        db_url, "init-server", "--admin", "other", monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0 and "已有用户，未再创建管理员" in out


def test_init_server_refuses_a_short_password(
    db_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        db_url, "init-server", "--admin", "admin", stdin="short\n",
        monkeypatch=monkeypatch, capsys=capsys,
    )  # fmt: skip
    assert code == 1 and err == "密码至少需要 8 个字符\n"


def test_user_add_list_roles_reset(
    server: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kw = {"monkeypatch": monkeypatch, "capsys": capsys}
    code, out, err = _run(
        server, "user", "add", "zhao", "--name", "赵六", "--roles", "arbitrator,clerk",
        "--as", "admin", password=ADMIN_PW, stdin="zhao password\n", **kw,
    )  # fmt: skip
    assert (code, err) == (0, "") and "已创建用户 zhao（赵六），角色：仲裁员、书记员" in out
    code, out, _ = _run(server, "user", "list", "--as", "admin", password=ADMIN_PW, **kw)
    assert code == 0 and "zhao\t赵六\t仲裁员、书记员\t正常" in out
    code, out, _ = _run(
        server, "user", "roles", "zhao", "mediator", "--as", "admin", password=ADMIN_PW, **kw
    )
    assert code == 0 and out == "zhao 的角色：调解员\n"
    code, out, _ = _run(
        server, "user", "reset-password", "zhao", "--as", "admin", password=ADMIN_PW,
        stdin="new zhao password\n", **kw,
    )  # fmt: skip
    assert code == 0 and "已重置 zhao 的密码" in out
    # the password is asked for when the variable is not set: here from stdin
    code, out, _ = _run(server, "user", "list", "--as", "admin", stdin=ADMIN_PW + "\n", **kw)
    assert code == 0


def test_refusals_are_one_line(
    server: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kw = {"monkeypatch": monkeypatch, "capsys": capsys}
    code, _, err = _run(server, "user", "list", "--as", "admin", password="wrong one", **kw)
    assert (code, err) == (1, "用户名或密码不正确\n")
    code, _, err = _run(server, "user", "list", "--as", "nobody", password="wrong one", **kw)
    assert (code, err) == (1, "用户名或密码不正确\n")
    _run(
        server, "user", "add", "qian", "--name", "钱七", "--roles", "clerk", "--as", "admin",
        password=ADMIN_PW, stdin="qian password\n", **kw,
    )  # fmt: skip
    code, _, err = _run(
        server, "backup", "--out", "x.zip", "--as", "qian", password="qian password", **kw
    )
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("无权执行“备份与恢复数据库”（backup.run）：只有系统管理员可以执行")
    code, _, err = _run(
        server, "user", "add", "x", "--name", "x", "--roles", "judge", "--as", "admin", **kw
    )
    assert code == 2 and err.count("\n") == 1 and "未知的角色：judge" in err
    code, _, err = _run(server, "user", "list", **kw)
    assert code == 2 and "--as" in err


def test_audit_verify(
    server: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kw = {"monkeypatch": monkeypatch, "capsys": capsys}
    code, out, err = _run(server, "audit", "verify", "--as", "admin", password=ADMIN_PW, **kw)
    assert (code, err) == (0, "") and out.startswith("审计日志完整：共 ")
    db = open_database(server)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'someone' WHERE id = 1"))
    db.dispose()
    code, out, err = _run(server, "audit", "verify", "--as", "admin", password=ADMIN_PW, **kw)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("审计日志不完整：第 1 条记录被修改")


def test_backup_and_restore(
    server: URL,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kw = {"monkeypatch": monkeypatch, "capsys": capsys}
    out_file = tmp_path / "office.zip"
    code, out, err = _run(
        server, "backup", "--out", str(out_file), "--as", "admin", password=ADMIN_PW, **kw
    )
    assert (code, err) == (0, "") and out.startswith(f"已备份到 {out_file}")
    assert zipfile.is_zipfile(out_file)
    code, out, err = _run(
        server, "restore", str(out_file), "--as", "admin", password=ADMIN_PW, **kw
    )
    assert (code, err) == (0, "")
    assert "核对通过" in out and "与备份清单一致" in out
    code, out, _ = _run(server, "audit", "verify", "--as", "admin", password=ADMIN_PW, **kw)
    assert code == 0  # the restore itself is logged on the restored chain
    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(b"not a backup")
    code, out, err = _run(server, "restore", str(garbage), "--as", "admin", password=ADMIN_PW, **kw)
    assert code == 2 and err.count("\n") == 1 and "未做任何改动" in err


def test_restore_into_a_new_sqlite_file_needs_no_sign_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kw = {"monkeypatch": monkeypatch, "capsys": capsys}
    source = make_url(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    _run(source, "init-server", "--admin", "admin", stdin=ADMIN_PW + "\n", **kw)
    _run(
        source, "backup", "--out", str(tmp_path / "a.zip"), "--as", "admin", password=ADMIN_PW, **kw
    )
    target = make_url(f"sqlite:///{tmp_path / 'new' / 'b.sqlite3'}")
    code, out, err = _run(target, "restore", str(tmp_path / "a.zip"), **kw)
    assert (code, err) == (0, "") and "核对通过" in out
    code, out, _ = _run(target, "user", "list", "--as", "admin", password=ADMIN_PW, **kw)
    assert code == 0 and "admin" in out


def test_a_single_pc_backs_up_and_verifies_with_by_like_the_other_commands(
    db_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 16: without accounts, ``backup`` insisted on ``--as`` and refused every name."""
    kw = {"monkeypatch": monkeypatch, "capsys": capsys}
    assert _run(db_url, "demo-data", "--cases", "20", "--seed", "2", **kw)[0] == 0
    out_file = tmp_path / "单机备份.zip"
    code, out, err = _run(db_url, "backup", "--out", str(out_file), **kw)
    assert (code, out, err) == (1, "", "请用 --by 填写操作人姓名\n")
    code, out, err = _run(db_url, "backup", "--out", str(out_file), "--by", "王管理", **kw)
    assert (code, err) == (0, "") and out.startswith(f"已备份到 {out_file}")
    code, out, err = _run(db_url, "audit", "verify", **kw)
    assert (code, err) == (0, "") and out.startswith("审计日志完整")
    db = open_database(db_url)
    with db.engine.connect() as conn:
        actors = conn.execute(text("SELECT actor FROM audit_log WHERE action = 'backup'")).all()
    db.dispose()
    assert [a for (a,) in actors] == ["王管理"]
    code, out, err = _run(db_url, "restore", str(out_file), "--by", "王管理", **kw)
    assert (code, err) == (0, "") and "核对通过" in out
    code, _, err = _run(db_url, "backup", "--out", str(out_file), "--as", "nobody", **kw)
    assert (code, err) == (1, "此数据库尚未建立用户账户，不能用 --as 登录：请用 --by 姓名\n")
