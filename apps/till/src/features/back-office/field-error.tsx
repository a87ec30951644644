/** A refusal beside the field it is about; the field points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="office-field-error" role="alert">
      {message}
    </span>
  );
}

/** The attributes that tie a field to its hint and to its refusal, when there is one. */
export function invalidProps(id: string, message: string | undefined, hintId?: string) {
  const describedBy = [hintId, message ? id : undefined].filter(Boolean).join(' ');
  return { ...(message ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}
