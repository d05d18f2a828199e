// Runs inside the bench page: times the finder against the real server.
// Requests are marked when fetch is called (the debounce is over) and when the
// answer's body has been read; results count as on screen after the next frame.
(() => {
  const marks = { sent: 0, arrived: 0 };
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const isSearch = String(input).includes('/v1/services?');
    if (isSearch) marks.sent = performance.now();
    return realFetch(input, init).then((response) => {
      if (!isSearch) return response;
      const text = response.text.bind(response);
      response.text = () => text().then((body) => ((marks.arrived = performance.now()), body));
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
    for (const q of queries) {
      const before = marks.sent;
      input.value = q;
      input.dispatchEvent(new Event('input'));
      await waitFor(
        () =>
          marks.sent !== before &&
          marks.arrived > marks.sent &&
          finder.shadowRoot.querySelector('[part="results"]')?.getAttribute('aria-busy') === 'false',
      );
      await frame();
      searchToRender.push(performance.now() - marks.sent);
    }
    return {
      searches: queries.length,
      searchToRenderMedianMs: round(median(searchToRender)),
      searchToRenderP95Ms: round(p95(searchToRender)),
      firstRenderAfterDataMedianMs: round(median(firstRender)),
    };
  };
})();
