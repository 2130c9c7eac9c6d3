/** The review page and reviewed letters: the parts other modules and library users call. */
export { runReview, type ReviewOptions } from './command.js'
export { startReviewServer, type ReviewServer, type ReviewServerOptions } from './server.js'
export { loadEntries, saveReview, SaveError, type Entry } from './store.js'
export {
  applyReview,
  loadReviewed,
  preferReviewed,
  reviewOf,
  reviewedPathOf,
  ReviewFileError,
  ReviewBlockSchema,
  ReviewedLetterSchema,
  REVIEWED_SUFFIX,
  type ReviewBlock,
  type ReviewedLetter,
} from './apply.js'
export { diffLetters, type Change } from './diff.js'
export { toGold, writeGold, goldFileName, type GoldLetter, type GoldAgency } from './gold.js'
