### workflow
