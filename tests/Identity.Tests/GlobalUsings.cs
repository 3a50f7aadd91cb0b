global using SocialPrescribing.Authorization;
global using SocialPrescribing.Identity.Infrastructure;
global using SocialPrescribing.Identity.Model;
global using SocialPrescribing.Identity.Tests.Hosting;
global using SocialPrescribing.TestKit.Auth;
