import { useCallback } from 'react';
import type { DocumentKind } from './business-schemas';
import { documentFileProblem } from './document-upload';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { onboardingApi } from './office-services';
import { useOnboarding } from './use-onboarding';
import { useResource } from './use-resource';

/** The organisation's approval documents, and sending one (which may put a rejected business back in the queue). */
export function useBusinessDocuments() {
  const org = useOfficeOrg();
  const onboarding = useOnboarding();
  const documents = useResource(`documents:${org.id}`, () => onboardingApi.listDocuments(org.id));
  const { reload } = documents;
  const reloadOnboarding = onboarding.reload;

  /** Answers an error sentence, or undefined once the document is stored and listed. */
  const upload = useCallback(
    async (kind: DocumentKind, file: File): Promise<string | undefined> => {
      const problem = documentFileProblem(file);
      if (problem) return problem;
      try {
        await onboardingApi.uploadDocument(org.id, kind, file);
      } catch (error) {
        return officeErrorMessage(error);
      }
      // The approval may have moved (rejected → pending): both are read again.
      await Promise.all([reload(), reloadOnboarding()]);
      return undefined;
    },
    [org.id, reload, reloadOnboarding],
  );

  return { documents, upload, fetchFile: (documentId: string) => onboardingApi.downloadDocument(org.id, documentId) };
}
