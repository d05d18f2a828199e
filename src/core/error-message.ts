import { msg } from './localize.js';
import { ApiError, HttpError } from './errors.js';

/** A failure as a visitor should read it: never a status code or a stack. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return msg('Something went wrong. Please try again.', { id: 'error.unknown' });
  }
  switch (error.kind) {
    case 'network':
      return msg('We could not reach the service. Check your internet connection and try again.', {
        id: 'error.network',
      });
    case 'timeout':
      return msg('The service is taking too long to answer. Please try again.', { id: 'error.timeout' });
    case 'malformed':
      return msg('The service sent an answer we could not read. Please try again later.', {
        id: 'error.malformed',
      });
    case 'config':
      return msg('This widget is not set up correctly. Please tell the website owner.', { id: 'error.config' });
    case 'aborted':
      return msg('The request was cancelled.', { id: 'error.aborted' });
    case 'http':
      return httpMessage(error as HttpError);
  }
}

function httpMessage(error: HttpError): string {
  const { status } = error;
  if (status === 404) {
    return msg('We could not find this information. It may have moved or been removed.', { id: 'error.not-found' });
  }
  if (status === 429) {
    return msg('There are too many requests right now. Please wait a moment and try again.', {
      id: 'error.rate-limited',
    });
  }
  if (status === 401 || status === 403) {
    return msg('You do not have access to this information.', { id: 'error.forbidden' });
  }
  if (status >= 400 && status < 500) {
    return msg('Some of the information sent was not accepted. Please check it and try again.', {
      id: 'error.invalid',
    });
  }
  return msg('The service is having a problem right now. Please try again later.', { id: 'error.server' });
}
