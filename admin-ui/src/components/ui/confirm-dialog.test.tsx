import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  it('does nothing until the name is typed and confirmed', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    render(
      <ConfirmDialog trigger="Delete" title="Delete acme?" confirm="Delete organization" typeToConfirm="acme" onConfirm={onConfirm}>
        <p>Gone for good.</p>
      </ConfirmDialog>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('button', { name: 'Delete organization' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText(/Type acme to confirm/), 'acm');
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText(/Type acme to confirm/), 'e');
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('keeps the dialog open with the error when the action fails', async () => {
    const onConfirm = vi.fn().mockRejectedValue(new Error('app not found'));
    render(
      <ConfirmDialog trigger="Revoke" title="Revoke key?" confirm="Revoke key" onConfirm={onConfirm}>
        <p>No undo.</p>
      </ConfirmDialog>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    await user.click(screen.getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('app not found');
    expect(screen.getByRole('dialog')).toBeVisible();
  });
});
