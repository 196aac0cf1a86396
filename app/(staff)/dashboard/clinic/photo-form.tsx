'use client';

import { useState, useTransition } from 'react';
import { describedBy, FieldError } from '@/components/forms/field';
import { removePractitionerPhotoAction, uploadPractitionerPhotoAction } from './actions';
import { shrinkPhoto } from './shrink-photo';
import { buttonClasses } from '@/components/ui/button';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

/**
 * Upload or remove a practitioner's portrait. The browser shrinks the photo first (server actions
 * take at most 1 MB); the server checks it, crops it square and stores the sizes the site uses.
 */
export function PhotoForm({
  practitionerId,
  name,
  current,
}: {
  practitionerId: string;
  name: string;
  /** The stored photo as a data: URL, or null. */
  current: string | null;
}) {
  const [pending, startTransition] = useTransition();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();

  const upload = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(undefined);
    setFormError(undefined);
    if (!file) return setFieldError('Choose a photo to upload.');
    setFieldError(undefined);
    startTransition(async () => {
      let photo: Blob;
      try {
        photo = await shrinkPhoto(file);
      } catch (error) {
        return setFieldError(error instanceof Error ? error.message : 'That photo can’t be read.');
      }
      const result = await uploadPractitionerPhotoAction({ practitionerId, photo });
      if (!result.ok) {
        setFieldError(result.fieldErrors?.photo?.[0]);
        if (!result.fieldErrors?.photo) setFormError(result.formError ?? 'The photo wasn’t saved.');
        return;
      }
      setFile(null);
      setSaved('Photo saved. The team page shows it now.');
    });
  };

  const remove = () =>
    startTransition(async () => {
      setSaved(undefined);
      const result = await removePractitionerPhotoAction({ practitionerId });
      if (!result.ok) return setFormError(result.formError ?? 'The photo wasn’t removed.');
      setSaved('Photo removed. The team page shows their initials instead.');
    });

  return (
    <form onSubmit={upload} noValidate className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        {current ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data: URL preview of the stored variant
          <img
            src={current}
            alt={`Current photo of ${name}`}
            width={96}
            height={96}
            className="size-24 rounded-full border border-sand-200 object-cover"
          />
        ) : (
          <p className="text-[0.95rem] text-muted">No photo yet: the team page shows initials.</p>
        )}
      </div>
      <div>
        <label htmlFor="pr-photo" className="block font-semibold">
          New photo
        </label>
        <p id="pr-photo-hint" className="text-sm text-muted">
          JPEG, PNG or WebP, at least 200 pixels wide. It is cropped to a square around the face;
          location and camera details are removed.
        </p>
        <input
          id="pr-photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={describedBy('pr-photo', true, !!fieldError)}
          aria-invalid={fieldError ? true : undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFieldError(undefined);
          }}
          className="mt-2 block w-full text-[0.95rem] file:mr-3 file:cursor-pointer file:rounded-full file:border-2 file:border-brand-800 file:bg-transparent file:px-4 file:py-2 file:font-semibold file:text-brand-800"
        />
        <FieldError id="pr-photo" message={fieldError} />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel="Saving…" variant="primary" size="sm">
          Upload photo
        </SubmitButton>
        {current ? (
          <button
            type="button"
            onClick={remove}
            disabled={pending}
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
          >
            Remove photo
          </button>
        ) : null}
      </div>
      <FormStatus error={formError} success={saved} />
    </form>
  );
}
