import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { InlineForm } from './inline-form';

const fields = [{ name: 'name', label: 'Name', required: true, maxLength: 5 }];

describe('InlineForm', () => {
  it('checks fields before sending', async () => {
    const submit = vi.fn();
    render(<InlineForm fields={fields} submitLabel="Save" onSubmit={submit} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Name is required.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'too long');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Name must be at most 5 characters.')).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
  });

  it("shows the API's message next to the field it names", async () => {
    const submit = vi.fn().mockRejectedValue(new ApiError(400, 'invalid_field', 'must not contain control characters', 'name'));
    render(<InlineForm fields={fields} submitLabel="Save" onSubmit={submit} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const input = screen.getByLabelText('Name');
    expect(await screen.findByText('must not contain control characters')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('must not contain control characters');
  });

  it('shows a banner on a network error and keeps what was typed', async () => {
    const submit = vi.fn().mockRejectedValue(ApiError.network(new TypeError('Failed to fetch')));
    render(<InlineForm fields={fields} submitLabel="Save" onSubmit={submit} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Engram could not be reached');
    expect(screen.getByLabelText('Name')).toHaveValue('abc');
  });
});
