/**
 * Runs `rewrite` on the admin's page now and on every node React adds or changes later, for the
 * few texts Payload renders without a translation key. `rewrite` must leave a node it has already
 * rewritten as it is: its own changes come back as mutations. Returns the stop, for `useEffect`.
 */
export function rewriteAsItChanges(
  rewrite: (root: Node) => void,
  watch: { attributes: string[]; characterData?: boolean },
): () => void {
  rewrite(document.body)
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach(rewrite)
      else rewrite(mutation.target)
    }
  })
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: watch.characterData ?? false,
    attributes: true,
    attributeFilter: watch.attributes,
  })
  return () => observer.disconnect()
}
