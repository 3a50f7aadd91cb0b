using SocialPrescribing.Identity.Tests.Hosting;

[assembly: AssemblyFixture(typeof(IdentityServerFixture))]
