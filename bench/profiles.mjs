// The two profiles the issue asks for. The phone's network is the "slow 4G"
// of Lighthouse's mobile preset (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT)
// and its CPU is slowed four times, like Lighthouse's.
export const PROFILES = {
  desktop: {
    label: 'desktop (1280×800, no throttling)',
    context: { viewport: { width: 1280, height: 800 } },
    cpuSlowdown: 1,
    network: null,
    interactiveTimeoutMs: 20_000,
  },
  phone: {
    label: 'phone (375×740 @2x, touch, CPU ×4, 1.6 Mbit/s, 150 ms RTT)',
    context: {
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
    cpuSlowdown: 4,
    network: {
      offline: false,
      latency: 150,
      downloadThroughput: 1.6e6 / 8,
      uploadThroughput: 750e3 / 8,
    },
    interactiveTimeoutMs: 30_000,
  },
};
