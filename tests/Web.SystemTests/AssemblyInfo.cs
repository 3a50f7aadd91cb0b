using SocialPrescribing.TestKit.Hosting;

// The whole system as processes (with the demo data) and Debian's Chromium, both started once.
[assembly: AssemblyFixture(typeof(SystemFixture))]
[assembly: AssemblyFixture(typeof(ChromiumFixture))]
