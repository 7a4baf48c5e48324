"""Bad input and refusals from a real Engram become typed errors with the API's code, field,
message and request id."""

from __future__ import annotations

import pytest

import engram
from conftest import needs_server, run

pytestmark = needs_server


def test_an_invalid_field_is_a_bad_request_naming_it(client: engram.Engram, user: str) -> None:
    with pytest.raises(engram.BadRequestError) as raised:
        client.create_memory("User likes tea", user_id=user, importance=42)
    error = raised.value
    assert error.status == 400 and error.code == "invalid_field" and error.field == "importance"
    assert error.message and error.request_id
    assert "importance" in str(error) and error.request_id in str(error)
    assert isinstance(error, engram.APIError) and isinstance(error, engram.EngramError)


def test_unknown_list_parameters_and_bad_sort_name_their_field(client: engram.Engram, user: str) -> None:
    with pytest.raises(engram.BadRequestError) as raised:
        client.list_memories(user_id=user, sort_by="colour")
    assert raised.value.field == "sort_by" and raised.value.code == "invalid_field"
    with pytest.raises(engram.BadRequestError) as raised:
        client.search("anything", user_id=user, mode="psychic")
    assert raised.value.field == "mode"


def test_a_batch_error_names_the_item(client: engram.Engram, user: str) -> None:
    with pytest.raises(engram.BadRequestError) as raised:
        client.create_memories(["User is fine", {"content": "User is bad", "type": "gossip"}], user_id=user)
    assert raised.value.field == "memories[1].type"


def test_missing_memories_are_not_found(client: engram.Engram) -> None:
    with pytest.raises(engram.NotFoundError) as raised:
        client.get_memory("mem_nope")
    assert raised.value.status == 404 and raised.value.code == "memory_not_found"


def test_a_bad_key_is_an_authentication_error() -> None:
    with engram.Engram(api_key="eng_wrong", max_retries=0) as c:
        with pytest.raises(engram.AuthenticationError) as raised:
            c.whoami()
    assert raised.value.status == 401 and raised.value.code and raised.value.request_id


def test_a_missing_scope_is_permission_denied(client: engram.Engram) -> None:
    # the suite's key has every scope; a read-only key comes from the environment when given
    import os

    read_only = os.environ.get("ENGRAM_READ_ONLY_API_KEY")
    if not read_only:
        pytest.skip("ENGRAM_READ_ONLY_API_KEY not set (PythonSdkIT sets it)")
    with engram.Engram(api_key=read_only) as c:
        with pytest.raises(engram.PermissionDeniedError) as raised:
            c.create_memory("User writes", user_id="u")
    assert raised.value.status == 403 and raised.value.code


def test_async_errors_are_the_same_types(user: str) -> None:
    async def flow(c: engram.AsyncEngram):
        caught = []
        for call in (
            lambda: c.create_memory("x", user_id=user, importance=0),
            lambda: c.get_memory("mem_nope"),
            lambda: c.get_task("task_nope"),
        ):
            try:
                await call()
            except engram.EngramError as e:
                caught.append(e)
        return caught

    bad, missing, no_task = run(flow)
    assert isinstance(bad, engram.BadRequestError) and bad.field == "importance"
    assert isinstance(missing, engram.NotFoundError) and isinstance(no_task, engram.NotFoundError)


def test_an_unreachable_server_is_a_connection_error() -> None:
    policy = engram.RetryPolicy(max_retries=1, base_delay=0.01, max_delay=0.01)
    with engram.Engram("http://127.0.0.1:9", api_key="eng_x", retry=policy, timeout=2) as c:
        with pytest.raises(engram.EngramConnectionError):
            c.whoami()
