using SocialPrescribing.CommunityDirectory.Tests.Hosting;

[assembly: AssemblyFixture(typeof(DirectoryApp))]
