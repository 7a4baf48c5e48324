import { useId, useState } from 'react';
import { useMemoryUsers } from '../api/get-memory-users';

/** A user id field that suggests users of the app by id prefix. */
export function UserPicker({ appId, value, onPick }: { appId: string; value: string; onPick: (userId: string) => void }) {
  const [text, setText] = useState(value);
  const users = useMemoryUsers(appId, text.trim());
  const listId = useId();
  const inputId = useId();
  const suggestions = users.data?.users ?? [];
  return (
    <form
      className="user-picker"
      role="search"
      aria-label="Pick a user"
      onSubmit={(e) => {
        e.preventDefault();
        onPick(text.trim());
      }}
    >
      <div className="field">
        <label htmlFor={inputId}>User id</label>
        <input id={inputId} list={listId} value={text} onChange={(e) => setText(e.target.value)} placeholder="all users — type an id or its start" autoComplete="off" />
        <datalist id={listId}>
          {suggestions.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        <small className="hint" aria-live="polite">
          {users.isError ? 'Could not load user suggestions.' : `${suggestions.length}${users.data?.truncated ? '+' : ''} matching users`}
        </small>
      </div>
      <button type="submit" className="btn">
        Show memories
      </button>
    </form>
  );
}
