import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi } from '@/testing/fake-api';
import { signedIn, testQueryClient } from '@/testing/render';
import { DownloadReportForm } from './download-report-form';

const renderForm = () => {
  signedIn();
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() }));
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <DownloadReportForm
        days={7}
        types={[
          { value: 'performance', label: 'Performance' },
          { value: 'learning', label: 'Learning' },
        ]}
        pathOf={(type) => `/admin/v1/apps/app_1/analytics/reports/${type}/all`}
      />
    </QueryClientProvider>,
  );
};

describe('DownloadReportForm', () => {
  it('downloads the chosen report and format of the period under the name the server gives', async () => {
    const api = fakeApi({
      'GET /admin/v1/apps/app_1/analytics/reports/learning/all': () =>
        new Response('{"type":"learning"}', { headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="engram-learning-app_1.json"' } }),
    });
    renderForm();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Report'), 'learning');
    await user.selectOptions(screen.getByLabelText('Format'), 'json');
    await user.click(screen.getByRole('button', { name: 'Download report' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved engram-learning-app_1.json, last 7 days.');
    expect(api.requests[0]!.path).toBe('/admin/v1/apps/app_1/analytics/reports/learning/all?format=json&days=7');
  });

  it("shows the API's refusal next to the field it names", async () => {
    fakeApi({ 'GET /admin/v1/apps/app_1/analytics/reports/performance/all': () => apiError(400, 'invalid_field', "unknown report format 'pdf'", 'format') });
    renderForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download report' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("unknown report format 'pdf'"));
  });
});
