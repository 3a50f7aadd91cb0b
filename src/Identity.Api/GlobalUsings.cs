global using SocialPrescribing.Authorization;
global using SocialPrescribing.Identity;
global using SocialPrescribing.Identity.Infrastructure;
global using SocialPrescribing.Identity.Model;
global using SocialPrescribing.Conventions;
global using SocialPrescribing.DomainErrors;
