/**
 * The new site's GitHub Actions workflow: builds every push and pull request and publishes main
 * on GitHub Pages with the official actions. The same steps as examples/deploy/github-pages.yml
 * (which is not in the npm package), with the comments a new site needs.
 */
export const deployWorkflow = `# Publishes the site on GitHub Pages every time main changes, and builds every pull request
# without publishing it, so a writer sees the checks' message on their pull request.
#
# On GitHub: Settings › Pages › Build and deployment › Source: "GitHub Actions".
# A repository "memoria" of the account "org" is served at https://org.github.io/memoria/:
# set site: 'https://org.github.io' and base: '/memoria' in memoria.config.ts.
name: Publish the site

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

# One publication at a time; a newer push replaces a build still waiting.
concurrency:
  group: pages-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # The whole history: the notice on out-of-date translations compares commit dates.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci --no-audit --no-fund
      # Checks the content, then builds the site into dist/.
      - run: npm run build
      - uses: actions/upload-pages-artifact@v4
        if: github.event_name != 'pull_request'
        with:
          path: dist

  deploy:
    if: github.event_name != 'pull_request'
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
