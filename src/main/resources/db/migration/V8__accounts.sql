-- Named accounts (org.stanceline.account). password_hash is a BCrypt string; sessions_valid_after is the
-- instant (epoch milliseconds) before which every session cookie of the account is refused: sign-out,
-- password reset and disabling move it forward, on every instance at once. Portable SQL (H2 and PostgreSQL).

create sequence account_seq start with 1 increment by 50;

create table account (
    id                   bigint        not null primary key,
    username             varchar(64)   not null,
    display_name         varchar(200)  not null,
    role                 varchar(16)   not null,
    password_hash        varchar(100)  not null,
    enabled              boolean       not null,
    sessions_valid_after bigint        not null,
    created_at           timestamp     not null,
    updated_at           timestamp     not null,
    constraint uk_account_username unique (username),
    constraint ck_account_role check (role in ('ADMIN', 'ANALYST', 'VIEWER'))
);
