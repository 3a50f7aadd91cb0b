using SocialPrescribing.Referrals.Api.Tests.Hosting;

[assembly: AssemblyFixture(typeof(ReferralsApp))]

// One service instance and one clock serve every test; the expiry test moves the clock.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
