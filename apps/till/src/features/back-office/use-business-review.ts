import { useCallback } from 'react';
import { officeErrorMessage } from './office-errors';
import { platformApi } from './office-services';
import { useResource } from './use-resource';

/** One business under review, and deciding it; each decision answers an error sentence or undefined. */
export function useBusinessReview(orgId: string) {
  const business = useResource(`business:${orgId}`, () => platformApi.business(orgId));
  const { reload } = business;

  const decide = useCallback(
    async (decision: 'approve' | 'reject', text: string | undefined): Promise<string | undefined> => {
      try {
        if (decision === 'approve') await platformApi.approve(orgId, text);
        else await platformApi.reject(orgId, text ?? '');
        await reload();
        return undefined;
      } catch (error) {
        // Decided by someone else meanwhile (BUSINESS_NOT_PENDING): show what it is now.
        await reload();
        return officeErrorMessage(error);
      }
    },
    [orgId, reload],
  );

  return { business, decide, fetchFile: (documentId: string) => platformApi.downloadDocument(orgId, documentId) };
}
