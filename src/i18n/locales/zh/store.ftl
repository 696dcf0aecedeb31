### store：数据存储的错误，每条一句话说明该怎么做。

store-no-data-dir = 找不到此用户的数据文件夹：请使用 --data-dir DIR 或设置 FIXDESK_DATA_DIR
store-io = 无法使用 { $path }：{ $problem }；请检查该文件夹是否存在以及您是否有写入权限
store-locked = 数据文件夹 { $path } 正被另一个 fixdesk 使用：请关闭它（或等待其完成）后重试
store-not-fixdesk = { $path } 不是 fixdesk 数据库：请选择 fixdesk 创建的数据文件夹，或将该文件移走
store-too-new = { $path } 由较新版本的 fixdesk 写入（数据库版本 { $found }，本程序最高支持 { $known }）：请安装较新版本的 fixdesk 再打开
store-damaged = { $path } 已损坏（{ $detail }）：请用 `fixdesk restore FILE` 恢复备份
store-migration = 数据库无法升级（{ $detail }）：请恢复备份或报告此问题
store-database = 数据库出错（{ $detail }）：请运行 `fixdesk check`，如报告损坏请恢复备份
store-not-found = 没有{ -case } { $number }：请核对编号
store-transition = { -case } { $number } 不能从“{ $from }”转为“{ $to }”：协议不允许这一步
store-refused = { -case } { $number }：{ $reason }
store-changed-elsewhere = { -case } { $number } 已在另一台工作站被 { $actor } 于 { $date } { $time } 修改（{ $what }）：现按当前状态重新显示；请核对，如仍需要请再做一次
store-changed-elsewhere-desk = { -case } { $number } 已在工作站“{ $desk }”被 { $actor } 于 { $date } { $time } 修改（{ $what }）：现按当前状态重新显示；请核对，如仍需要请再做一次
store-what-clause = { $what }（{ $clause }）
store-duplicate-application = 在线{ -application } { $application } 已是{ -case } { $number }：请打开该{ -case }
store-corrupt = 无法读取 { $what } 的存储数据（{ $detail }）：请运行 `fixdesk check` 并恢复备份
store-real-cases = 此数据库已有 { $count } 个真实{ -case }：演示数据只能加入没有真实{ -case }的数据库（如仍要加入请用 --force）
store-sign-in-required = 请先登录：本中心的数据库设有员工账户（命令行：--user NAME，密码取自 FIXDESK_PASSWORD 或提示输入）
store-not-allowed = { $person }（{ $roles }）无权{ $action }：需要{ $needs }角色；请联系经理
store-or = 或
store-sign-in-wrong = 用户名或密码错误：请重试{ $left ->
        [0] {""}
       *[other] （再错 { $left } 次后该用户须等待）
    }
store-sign-in-waits-seconds = 此用户密码错误次数过多：请 { $seconds } 秒后重试，或请经理重置密码
store-sign-in-waits-minutes = 此用户密码错误次数过多：请 { $minutes } 分钟后重试，或请经理重置密码
store-sign-in-disabled = { $person } 的账户已停用：请联系经理

## fixdesk migrate：把工作站的数据文件夹迁到中心服务器
store-migrate-not-empty = { $place } 已有 { $cases } 个{ -case }和 { $events } 条事件：工作站只能迁入空的 fixdesk 数据库，请为其新建数据库（或指定正确的数据库）
store-migrate-damaged-source = 数据文件夹的历史记录已损坏（{ $problem }）：未复制任何内容；迁移工作站前请运行 `fixdesk check` 并恢复备份
store-migrate-mismatch = { $place } 上的副本与数据文件夹不一致（{ $detail }），服务器上未保留任何内容：请报告此问题

## 谁可以做什么
action-step = 执行步骤“{ $step }”
action-intake = 开立维修单（接收）
action-import = 导入申请
action-print = 打印文件
action-own-secret = 修改自己的密码
action-policy = 修改保修政策
action-settings = 修改中心设置
action-staff = 管理员工账户
action-backup = 备份
action-restore = 恢复备份
action-retention = 删除过期的个人数据
action-reports = 查看报表
action-personal-data = 导出客户的个人数据
action-demo = 添加演示维修单
