using SocialPrescribing.TestKit.Hosting;

[assembly: AssemblyFixture(typeof(SystemFixture))]
