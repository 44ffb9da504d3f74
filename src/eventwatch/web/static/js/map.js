// The overview map: Leaflet with no tile server. Country borders come from the world-atlas
// TopoJSON served by the app; events are markers sized by fatalities, clustered when dense.
/* global L, topojson */
import {el, formatNumber, placeName} from "./api.js";

const TYPE_COLOURS = {
  "Battles": "#b2182b",
  "Explosions/Remote violence": "#e66101",
  "Violence against civilians": "#7b3294",
  "Protests": "#1b7837",
  "Riots": "#2166ac",
  "Strategic developments": "#666666",
};

export function typeColour(eventType) {
  return TYPE_COLOURS[eventType] || "#444444";
}

/** Marker diameter in pixels: the area grows with the number killed. */
export function markerSize(fatalities) {
  return Math.round(Math.min(48, 10 + 4 * Math.sqrt(Math.max(0, fatalities || 0))));
}

function popup(event) {
  const killed = event.fatalities ? event.fatalities.best : null;
  return el("div", {class: "popup"},
    el("strong", {}, event.event_type || "Event"), event.sub_event_type ? ` · ${event.sub_event_type}` : "",
    el("br"), `${event.date_start || "undated"} · ${placeName(event.location)}`,
    el("br"), `Killed: ${formatNumber(killed)}`,
    event.summary ? el("p", {}, event.summary) : null,
    el("a", {href: `/events/${encodeURIComponent(event.event_id)}`}, "Open event →"));
}

/** Rings that cross the antimeridian (Fiji, Chukotka) drawn east of 180° instead of as a line across
 * the world; the polar closing edge of Antarctica is left alone. */
function unwrapAntimeridian(features) {
  const crosses = (ring) => ring.some((point, index) => index > 0 && Math.abs(point[0] - ring[index - 1][0]) > 180
    && Math.abs(point[1]) < 80);
  for (const feature of features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        if (crosses(ring)) for (const point of ring) if (point[0] < 0) point[0] += 360;
      }
    }
  }
  return features;
}

export class EventMap {
  constructor(element, bordersUrl) {
    this.map = L.map(element, {preferCanvas: true, minZoom: 1, maxZoom: 14, zoomSnap: 0.5,
      worldCopyJump: false, maxBounds: [[-85, -200], [85, 220]], maxBoundsViscosity: 0.8});
    this.map.attributionControl.setPrefix(false).addAttribution("Borders: Natural Earth via world-atlas");
    this.map.setView([15, 15], 2);
    this.bordersReady = this.drawBorders(bordersUrl);
    this.markers = L.markerClusterGroup({maxClusterRadius: 40, disableClusteringAtZoom: 10, chunkedLoading: true,
      showCoverageOnHover: false});
    this.map.addLayer(this.markers);
    this.programmaticMove = false;
  }

  async drawBorders(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`borders not served (${url}: HTTP ${response.status})`);
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    unwrapAntimeridian(countries.features);
    this.borders = L.geoJSON(countries, {
      interactive: false,
      style: {color: "#8a8a8a", weight: 0.7, fillColor: "#f7f5ef", fillOpacity: 1},
    }).addTo(this.map);
    this.borders.bringToBack();
    this.map.getContainer().dataset.borders = String(countries.features.length);
  }

  /** West,south,east,north of the visible area, clamped to the world. */
  viewBbox() {
    const bounds = this.map.getBounds();
    const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
    return [clamp(bounds.getWest(), 180), clamp(bounds.getSouth(), 90), clamp(bounds.getEast(), 180),
      clamp(bounds.getNorth(), 90)].map((value) => value.toFixed(4)).join(",");
  }

  show(events, {fit = false} = {}) {
    this.markers.clearLayers();
    const layers = [];
    for (const event of events) {
      const location = event.location || {};
      if (typeof location.lat !== "number" || typeof location.lon !== "number") continue;
      const killed = event.fatalities ? event.fatalities.best : null;
      const size = markerSize(killed);
      const label = `${event.date_start || "undated"}, ${placeName(location)}: ${event.event_type || "event"}, `
        + `${formatNumber(killed)} killed`;
      const icon = L.divIcon({
        className: "event-marker",
        html: `<span style="width:${size}px;height:${size}px;background:${typeColour(event.event_type)}"></span>`,
        iconSize: [size, size],
      });
      const marker = L.marker([location.lat, location.lon], {icon, title: label, keyboard: true, riseOnHover: true});
      marker.bindPopup(() => popup(event), {maxWidth: 320});
      marker.on("add", () => marker.getElement() && marker.getElement().setAttribute("aria-label", label));
      layers.push(marker);
    }
    this.markers.addLayers(layers);
    this.map.getContainer().dataset.markers = String(layers.length);
    if (fit && layers.length) {
      this.programmaticMove = true;
      // one place alone is shown with its surroundings, not at street level
      this.map.fitBounds(L.featureGroup(layers).getBounds(), {padding: [30, 30], maxZoom: 5, animate: false});
      this.programmaticMove = false;
    }
    return layers.length;
  }
}
