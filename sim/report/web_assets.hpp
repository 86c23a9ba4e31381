#pragma once
// The browser-side files a report inlines, compiled into the binary from the pinned npm packages
// (sim/report/web/package-lock.json) and the page's own script and style (web_assets.cpp is
// generated at build time by sim/report/web/embed_assets.mjs).
#include <span>
#include <string_view>

namespace sancsim::report {

enum class WebAsset { Vega, VegaLite, VegaEmbed, PageScript, PageStyle };

struct WebAssetText {
  std::span<const std::string_view> parts;  // the file's bytes, in order
  std::string_view version;                 // the npm package's version; empty for the page's own files
};

WebAssetText web_asset(WebAsset asset);

}  // namespace sancsim::report
