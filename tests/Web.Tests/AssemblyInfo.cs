using SocialPrescribing.Web.Tests.Hosting;

[assembly: AssemblyFixture(typeof(WebFixture))]
