using SocialPrescribing.TestKit.Hosting;

[assembly: AssemblyFixture(typeof(SocialPrescribing.SystemTests.ScaledOutSystem))]
