#!/bin/sh
# Publishes the built site to an Amazon S3 bucket served through CloudFront, with the cache
# policy of Memoria's dist/_headers (src/integrations/response-headers.ts;
# tests/unit/deploy-examples.test.ts checks this file against it). S3 keeps a Cache-Control for
# each file, given when the file is uploaded: so two uploads, one per policy.
#
# Once, in AWS:
# 1. A bucket with static website hosting on, index document index.html, error document
#    404.html (its website endpoint serves learnings/listen-first/ as learnings/listen-first/index.html).
# 2. A CloudFront distribution whose origin is that website endpoint, with the managed cache policy
#    "UseOriginCacheControlHeaders" (CloudFront then follows the Cache-Control below) and the
#    response headers policy of cloudfront-response-headers-policy.json (beside this file):
#        aws cloudfront create-response-headers-policy \
#            --response-headers-policy-config file://cloudfront-response-headers-policy.json
# Then, after each build: BUCKET=my-bucket sh s3-cloudfront.sh
# For an internal build (dist-internal/), write "private, " before each Cache-Control, and do not
# make that bucket public.
set -eu
: "${BUCKET:?set BUCKET to the name of the bucket}"

# 1. Files whose names change with their content, first, so that no new page names a file not yet
#    uploaded: browsers keep them for a year without asking again.
aws s3 sync dist/ "s3://$BUCKET/" \
	--exclude '*' \
	--include '_astro/*' \
	--include 'pagefind/pagefind.*.pf_meta' --include 'pagefind/index/*' --include 'pagefind/filter/*' --include 'pagefind/fragment/*' \
	--include 'pagefind-retired/pagefind.*.pf_meta' --include 'pagefind-retired/index/*' --include 'pagefind-retired/filter/*' --include 'pagefind-retired/fragment/*' \
	--cache-control 'public, max-age=31536000, immutable'

# 2. Pages and every other file (feeds, exports, the offline copy, Pagefind's runtime) keep their
#    names: browsers ask again on every use, and get a 304 without the body when nothing changed.
#    --delete removes what the build no longer has; the fingerprinted files of older builds stay,
#    for pages still open in readers' browsers (remove them now and then if the bucket grows).
aws s3 sync dist/ "s3://$BUCKET/" \
	--exclude '_headers' \
	--exclude '_astro/*' \
	--exclude 'pagefind/pagefind.*.pf_meta' --exclude 'pagefind/index/*' --exclude 'pagefind/filter/*' --exclude 'pagefind/fragment/*' \
	--exclude 'pagefind-retired/pagefind.*.pf_meta' --exclude 'pagefind-retired/index/*' --exclude 'pagefind-retired/filter/*' --exclude 'pagefind-retired/fragment/*' \
	--cache-control 'no-cache' \
	--delete
