// Runs inside the bench page: times the finder against the real server.
// Each search is timed from the input event (what the visitor typed) to the
// results painted: the answer's body read, the finder's update done (nothing
// left marked busy), then the next frame, as the MiniSearch anchor counts it.
/* global MutationObserver, clearTimeout */
(() => {
  const marks = { sent: 0, arrived: 0, body: '' };
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const isSearch = String(input).includes('/v1/services?');
    if (isSearch) marks.sent = performance.now();
    return realFetch(input, init).then((response) => {
      if (!isSearch) return response;
      const text = response.text.bind(response);
      response.text = () => text().then((body) => ((marks.arrived = performance.now()), (marks.body = body), body));
      return response;
    });
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const p95 = (values) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
  const round = (value) => Math.round(value * 10) / 10;

  function waitFor(condition, timeout = 10000) {
    return new Promise((resolve, reject) => {
      const start = performance.now();
      const poll = () =>
        condition()
          ? resolve()
          : performance.now() - start > timeout
            ? reject(new Error('timeout'))
            : requestAnimationFrame(poll);
      poll();
    });
  }

  /**
   * Resolves once `condition` holds, checked at each change of the finder's shadow tree: no polling
   * by frames, which would add up to a frame to every search and none to the anchor's.
   */
  function whenRendered(root, condition, timeout = 10000) {
    return new Promise((resolve, reject) => {
      if (condition()) return resolve();
      const timer = setTimeout(() => (observer.disconnect(), reject(new Error('timeout'))), timeout);
      const observer = new MutationObserver(() => {
        if (!condition()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }

  window.finderProbe = async (queries) => {
    const firstRender = [];
    const searchToRender = [];
    for (let i = 0; i < 5; i++) {
      const finder = document.createElement('ww-service-finder');
      finder.setAttribute('page-size', '20');
      document.body.append(finder);
      await waitFor(() => finder.shadowRoot?.querySelectorAll('.card').length > 0);
      await frame();
      firstRender.push(performance.now() - marks.arrived);
      if (i < 4) finder.remove();
    }
    const finder = document.querySelector('ww-service-finder');
    const input = finder.shadowRoot.querySelector('#q');
    const hits = [];
    // Where the time goes: the request and answer (server and network), then the widget's update and paint.
    const answer = [];
    const paint = [];
    for (const q of queries) {
      const start = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input'));
      await whenRendered(
        finder.shadowRoot,
        () =>
          marks.sent > start && marks.arrived > marks.sent && !finder.shadowRoot.querySelector('[aria-busy="true"]'),
      );
      await frame();
      const painted = performance.now();
      searchToRender.push(painted - start);
      answer.push(marks.arrived - marks.sent);
      paint.push(painted - marks.arrived);
      hits.push(JSON.parse(marks.body).total);
    }
    return {
      searches: queries.length,
      searchToRenderMedianMs: round(median(searchToRender)),
      searchToRenderP95Ms: round(p95(searchToRender)),
      firstRenderAfterDataMedianMs: round(median(firstRender)),
      requestToAnswerMedianMs: round(median(answer)),
      answerToPaintedMedianMs: round(median(paint)),
      medianHits: median(hits),
      noHits: hits.filter((n) => n === 0).length,
    };
  };
})();
