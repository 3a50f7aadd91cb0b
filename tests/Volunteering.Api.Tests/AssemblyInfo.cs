using SocialPrescribing.TestKit.Hosting;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]
