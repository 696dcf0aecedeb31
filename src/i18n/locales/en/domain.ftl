### domain
