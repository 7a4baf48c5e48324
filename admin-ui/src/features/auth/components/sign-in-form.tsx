import { useState, type FormEvent } from 'react';
import { Banner } from '@/components/ui/banner';
import { TextField } from '@/components/ui/field';
import { ApiError } from '@/lib/api-error';
import { useLogin } from '../api/login';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ username?: string; password?: string }>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = {
      username: username.trim() ? undefined : 'Enter your username.',
      password: password ? undefined : 'Enter your password.',
    };
    setErrors(found);
    if (found.username || found.password) return;
    login.mutate({ username: username.trim(), password }, { onSuccess: onSignedIn });
  }

  const error = login.error;
  const rejected = error instanceof ApiError && error.status === 401;
  return (
    <form className="card sign-in" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Engram</h1>
      {error && (
        <Banner kind="error">{rejected ? 'Wrong username or password.' : error.message}</Banner>
      )}
      <TextField label="Username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} error={errors.username} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <button className="btn btn-primary" type="submit" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
